<?php
/**
 * A block for each widget, rendered on the server by the same function as the
 * shortcode. Their settings come from blocks/elements.json, which a test keeps
 * equal to the attributes the script's elements declare.
 *
 * @package kumppani
 */

defined( 'ABSPATH' ) || exit;

/** Registers `kumppani/directory`, `kumppani/events`, … and the editor script that draws their settings. */
function kumppani_register_blocks() {
	$elements = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/blocks/elements.json' ), true );
	if ( ! is_array( $elements ) ) {
		return;
	}
	wp_register_script(
		'kumppani-blocks',
		plugins_url( 'blocks/blocks.js', __DIR__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		KUMPPANI_VERSION,
		true
	);
	wp_add_inline_script( 'kumppani-blocks', 'window.kumppaniElements = ' . wp_json_encode( $elements ) . ';', 'before' );
	// The widget script in the editor too: the server's preview of a block becomes the live widget.
	add_action(
		'enqueue_block_editor_assets',
		static function () {
			wp_enqueue_script( 'kumppani' );
		}
	);
	foreach ( $elements as $type => $element ) {
		$attributes = array();
		foreach ( $element['attributes'] as $name ) {
			$attributes[ $name ] = array(
				'type'    => 'string',
				'default' => '',
			);
		}
		register_block_type(
			'kumppani/' . $type,
			array(
				'api_version'     => 2,
				'title'           => $element['title'],
				'category'        => 'widgets',
				'icon'            => $element['icon'],
				'attributes'      => $attributes,
				'editor_script'   => 'kumppani-blocks',
				'render_callback' => static function ( $block_attributes ) use ( $type ) {
					return kumppani_render( array( 'type' => $type ) + (array) $block_attributes );
				},
			)
		);
	}
}

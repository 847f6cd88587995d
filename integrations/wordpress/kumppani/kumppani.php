<?php
/**
 * Plugin Name:       kumppani
 * Description:       Your municipality's local associations, their events and volunteer tasks from a shared feed: a [kumppani] shortcode and a block for each widget.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       kumppani
 *
 * @package kumppani
 */

defined( 'ABSPATH' ) || exit;

const KUMPPANI_VERSION = '0.1.0';

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'kumppani_init' );

/** Registers the self-hosted script (printed only where a widget is used), the shortcode and the blocks. */
function kumppani_init() {
	// The classic-script build: WordPress 6.1 has no module loader, and one file holds every widget.
	wp_register_script( 'kumppani', plugins_url( 'vendor/kumppani-all.iife.js', __FILE__ ), array(), KUMPPANI_VERSION, true );
	add_shortcode( 'kumppani', 'kumppani_shortcode' );
	kumppani_register_blocks();
}

/**
 * `[kumppani type="directory" feed="https://…" municipality="244"]`: every other
 * attribute is passed to the widget under its own name (`target-group`, `days`, …).
 *
 * @param array|string $atts Shortcode attributes (a string when there are none).
 * @return string The widget's mount point.
 */
function kumppani_shortcode( $atts ) {
	return kumppani_render( is_array( $atts ) ? $atts : array() );
}

add_filter( 'the_content', 'kumppani_enqueue_for_mount_points', 20 );

/**
 * A `div data-kumppani` pasted into a Custom HTML block works without the shortcode:
 * the script is loaded on pages whose content has one.
 *
 * @param string $content The post's content.
 * @return string The same content.
 */
function kumppani_enqueue_for_mount_points( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, 'data-kumppani' ) ) {
		wp_enqueue_script( 'kumppani' );
	}
	return $content;
}

<?php
/**
 * The markup of a widget: a `div data-kumppani` mount point that the script turns
 * into the element. The script copies only the options the element declares.
 *
 * @package kumppani
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders one widget's mount point and loads the script on this page.
 *
 * @param array $options `type` (directory, events, volunteering, card, premises, contact) and the element's attributes.
 * @return string Escaped HTML.
 */
function kumppani_render( array $options ) {
	$type     = isset( $options['type'] ) ? (string) $options['type'] : 'directory';
	$problems = array();
	if ( ! preg_match( '/^[a-z]+(-[a-z]+)*$/', $type ) ) {
		$problems[] = __( 'The widget type must be directory, events, volunteering, card, premises or contact.', 'kumppani' );
		$type       = 'directory';
	}
	$attributes = array( 'data-kumppani' => $type );
	foreach ( $options as $name => $value ) {
		$name  = strtolower( (string) $name );
		$value = is_scalar( $value ) ? trim( (string) $value ) : '';
		if ( 'type' === $name || '' === $value ) {
			continue;
		}
		if ( ! preg_match( '/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/', $name ) ) {
			continue;
		}
		if ( 'feed' === $name ) {
			// Only a web address: javascript:, data: and relative junk are dropped.
			$url = esc_url_raw( $value, array( 'https', 'http' ) );
			if ( '' === $url || ! preg_match( '#^https?://#i', $url ) ) {
				$problems[] = __( 'The feed address must start with https:// (or http://).', 'kumppani' );
				continue;
			}
			$value = $url;
		}
		$attributes[ 'data-' . $name ] = $value;
	}
	if ( ! isset( $attributes['data-feed'] ) && array() === $problems ) {
		$problems[] = __( 'The widget needs the address of a feed: feed="https://…".', 'kumppani' );
	}

	$html = '<div';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '></div>';
	// Allowed for this output only: the mount point and its data attributes, nothing else.
	$html = wp_kses( $html, array( 'div' => array( 'data-*' => true ) ) );

	// Problems are told to those who can fix them, never to residents.
	if ( array() !== $problems && current_user_can( 'edit_posts' ) ) {
		foreach ( $problems as $problem ) {
			$html .= '<p class="kumppani-problem" role="note">' . esc_html( 'kumppani: ' . $problem ) . '</p>';
		}
	}
	wp_enqueue_script( 'kumppani' );
	return $html;
}

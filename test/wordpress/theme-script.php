<?php
/**
 * Test fixture: stands for a theme that loads kumppani itself (its own copy of the
 * directory file, in the head) on posts tagged kumppani-theme.
 */
add_action(
	'wp_enqueue_scripts',
	static function () {
		if ( is_single() && has_tag( 'kumppani-theme' ) ) {
			wp_enqueue_script( 'theme-kumppani', content_url( 'mu-plugins/theme-kumppani.js' ), array(), null, false );
		}
	}
);

<?php
/**
 * Installs the test site with WordPress's own wp_install(), activates the kumppani
 * plugin, and writes the fixture posts as a user in the Author role (no
 * unfiltered_html), so WordPress's KSES filter cleans them as it would in the editor.
 * Prints the posts' addresses as JSON.
 */

define( 'WP_INSTALLING', true );
$kumppani_url           = getenv( 'KUMPPANI_WP_URL' );
$_SERVER['HTTP_HOST']   = parse_url( $kumppani_url, PHP_URL_HOST ) . ':' . parse_url( $kumppani_url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require getenv( 'KUMPPANI_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function kumppani_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

$installed = wp_install( 'Kumppani-testisivusto', 'admin', 'admin@example.invalid', false, '', wp_generate_password( 24 ) );
if ( empty( $installed['user_id'] ) ) {
	kumppani_fail( 'wp_install() did not create the site' );
}
update_option( 'WPLANG', '' );
switch_theme( 'twentytwentythree' );
$activated = activate_plugin( 'kumppani/kumppani.php' );
if ( is_wp_error( $activated ) ) {
	kumppani_fail( 'activate_plugin: ' . $activated->get_error_message() );
}

$author = wp_insert_user(
	array(
		'user_login' => 'kirjoittaja',
		'user_pass'  => getenv( 'KUMPPANI_WP_AUTHOR_PASSWORD' ),
		'user_email' => 'kirjoittaja@example.invalid',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	kumppani_fail( 'wp_insert_user: ' . $author->get_error_message() );
}
wp_set_current_user( $author );
if ( current_user_can( 'unfiltered_html' ) ) {
	kumppani_fail( 'the Author can post unfiltered HTML; the test would prove nothing' );
}

$feed  = getenv( 'KUMPPANI_FEED_ORIGIN' ) . '/cross-origin/feed.json';
$posts = array(
	'shortcode' => array(
		'title'   => 'Yhdistykset',
		'content' => "<p>Kunnan yhdistykset:</p>\n[kumppani type=\"directory\" feed=\"$feed\" municipality=\"244,598,148,494\"]\n"
			// What an Author cannot paste: KSES removes both.
			. "<kumppani-directory feed=\"$feed\"></kumppani-directory><script>window.authorScriptRan = true;</script>",
	),
	'hostile'   => array(
		'title'   => 'Vihamieliset arvot',
		'content' => "[kumppani type=\"directory\" feed=\"javascript:alert(document.domain)\"]\n"
			. "[kumppani type=\"directory\" feed=\"$feed\" municipality='\" onmouseover=\"window.xss=1' category=\"<script>window.xss=2</script>\" heading-level='2\"><img src=x onerror=window.xss=3>']\n"
			. "[kumppani type='\"><svg onload=window.xss=4>' feed=\"$feed\"]\n"
			. "[kumppani type=\"directory\" feed=\"data:text/html,<script>window.xss=5</script>\" onclick=\"window.xss=6\"]",
	),
	'custom-html' => array(
		'title'   => 'Kiinnityskohta',
		'content' => "<!-- wp:html -->\n<div data-kumppani=\"directory\" data-feed=\"$feed\" data-municipality=\"244\"></div>\n<!-- /wp:html -->",
		'tags'    => array( 'kumppani-theme' ),
	),
	'block'     => array(
		'title'   => 'Tapahtumat',
		'content' => '<!-- wp:kumppani/events ' . wp_json_encode(
			array(
				'feed' => $feed,
				'days' => '3650',
			),
			JSON_UNESCAPED_SLASHES
		) . ' /-->',
	),
	'plain'     => array(
		'title'   => 'Ei widgettejä',
		'content' => '<p>Tällä sivulla ei ole yhdistyksiä.</p>',
	),
);

$urls = array();
foreach ( $posts as $name => $post ) {
	$id = wp_insert_post(
		array(
			'post_author'  => $author,
			'post_title'   => $post['title'],
			'post_content' => $post['content'],
			'post_status'  => 'publish',
			'tags_input'   => isset( $post['tags'] ) ? $post['tags'] : array(),
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		kumppani_fail( "wp_insert_post($name): " . $id->get_error_message() );
	}
	$urls[ $name ] = array(
		'url'     => get_permalink( $id ),
		'stored'  => get_post_field( 'post_content', $id, 'raw' ),
	);
}
echo wp_json_encode( $urls, JSON_UNESCAPED_SLASHES );

<?php
/**
 * Router for PHP's built-in server in the WordPress tests: WordPress's own
 * files from Debian's /usr/share/wordpress (the server's document root),
 * and wp-content from the test's own folder ($CCW_WP_CONTENT), where the
 * plugin is unpacked from its zip. No PHP is run from wp-content.
 */

// Debian's wp-config.php takes the name of its config from here (Apache's
// SetEnv); the built-in server does not pass its environment on itself.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

$ccw_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 !== strpos( $ccw_path, '/wp-content/' ) ) {
	return false;
}

$ccw_file  = getenv( 'CCW_WP_CONTENT' ) . substr( $ccw_path, strlen( '/wp-content' ) );
$ccw_types = array(
	'css'   => 'text/css',
	'js'    => 'text/javascript',
	'json'  => 'application/json',
	'wasm'  => 'application/wasm',
	'ftl'   => 'text/plain; charset=utf-8',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'webp'  => 'image/webp',
	'svg'   => 'image/svg+xml',
	'woff2' => 'font/woff2',
	'txt'   => 'text/plain; charset=utf-8',
);
$ccw_type = $ccw_types[ strtolower( pathinfo( $ccw_file, PATHINFO_EXTENSION ) ) ] ?? null;
if ( false !== strpos( $ccw_path, '..' ) || null === $ccw_type || ! is_file( $ccw_file ) ) {
	http_response_code( 404 );
	return true;
}
header( 'Content-Type: ' . $ccw_type );
header( 'Content-Length: ' . filesize( $ccw_file ) );
readfile( $ccw_file );
return true;

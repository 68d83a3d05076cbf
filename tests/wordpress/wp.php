<?php
/**
 * WordPress tasks for the tests, run from the command line with WordPress
 * loaded (Debian's, configured by run.sh in the config WORDPRESS_CONFIG
 * names):
 *
 *   php wp.php install          installs the site, adds an Editor, an
 *                               Author and a Contributor, activates the
 *                               plugin; prints the
 *                               users and their application passwords (JSON)
 *   php wp.php options          prints the names of options and user meta
 *                               that mention the plugin (JSON)
 *   php wp.php uninstall        deactivates and deletes the plugin as the
 *                               Plugins screen does
 */

$_SERVER['HTTP_HOST']        = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' ); // Debian's config.
$ccw_task             = $argv[1] ?? '';
if ( 'install' === $ccw_task ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

const CCW_PLUGIN   = 'connected-care/connected-care.php';
const CCW_PASSWORD = 'connected-care-e2e';

if ( 'install' === $ccw_task ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Partner site', 'administrator', 'administrator@example.com', false, '', CCW_PASSWORD );
	$users  = array( 'administrator' => $result['user_id'] );
	foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
		$users[ $role ] = wp_insert_user(
			array(
				'user_login' => $role,
				'user_pass'  => CCW_PASSWORD,
				'user_email' => "$role@example.com",
				'role'       => $role,
			)
		);
	}
	$activated = activate_plugin( CCW_PLUGIN );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, $activated->get_error_message() . "\n" );
		exit( 1 );
	}
	$out = array();
	foreach ( $users as $role => $id ) {
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		list( $application_password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'e2e' ) );
		$out[ $role ] = array(
			'id'                   => $id,
			'login'                => $role,
			'password'             => CCW_PASSWORD,
			'application_password' => $application_password,
		);
	}
	echo wp_json_encode( $out ), "\n";
} elseif ( 'options' === $ccw_task ) {
	global $wpdb;
	$like = '%' . $wpdb->esc_like( 'connected' ) . '%care%';
	echo wp_json_encode(
		array(
			'options'  => $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM $wpdb->options WHERE option_name LIKE %s OR option_value LIKE %s", $like, '%connected_care%' ) ),
			'usermeta' => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM $wpdb->usermeta WHERE meta_key LIKE %s", $like ) ),
			'postmeta' => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM $wpdb->postmeta WHERE meta_key LIKE %s", $like ) ),
			'active'   => is_plugin_active( CCW_PLUGIN ),
			'files'    => file_exists( WP_PLUGIN_DIR . '/connected-care' ),
		)
	), "\n";
} elseif ( 'uninstall' === $ccw_task ) {
	require_once ABSPATH . 'wp-admin/includes/file.php';
	deactivate_plugins( CCW_PLUGIN );
	$deleted = delete_plugins( array( CCW_PLUGIN ) );
	if ( true !== $deleted ) {
		fwrite( STDERR, "could not delete the plugin\n" );
		exit( 1 );
	}
} else {
	fwrite( STDERR, "usage: php wp.php install|options|uninstall\n" );
	exit( 2 );
}

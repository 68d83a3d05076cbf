<?php
/**
 * Plugin Name:       Connected Care
 * Description:       A short check, in ten languages, of whether Medicare's chronic care management could help a visitor: a block and a [connected_care] shortcode. Runs in the visitor's browser; nothing they answer leaves the page.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       connected-care
 *
 * The widget's files (dist/) and the languages it speaks (languages.json)
 * are put in by the build (wordpress/build.mjs); the widget is served from
 * this plugin's own folder, on the partner's own site. Nothing is stored:
 * no options, no tables, no post meta. The block's settings live in the
 * block's own attributes, in the post.
 *
 * @package ConnectedCare
 */

defined( 'ABSPATH' ) || exit;

define( 'CONNECTED_CARE_VERSION', '0.1.0' );

// Where the fallback link goes: Medicare's own page on chronic care
// management, as in the widget's own snippet.
define( 'CONNECTED_CARE_LINK', 'https://go.cms.gov/ccm' );

// The modes a page can show here: the badge, which opens the check in a
// dialog, and the check in the page. (The kiosk has its own page.)
define( 'CONNECTED_CARE_MODES', array( 'badge', 'inline' ) );

/**
 * The languages the widget speaks, by tag: each one's name in itself and
 * its start screen's title (the fallback link's text), from locales/.
 *
 * @return array<string, array{name: string, title: string}>
 */
function connected_care_languages() {
	static $languages = null;
	if ( null === $languages ) {
		$json      = file_get_contents( __DIR__ . '/languages.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$languages = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $languages ) || ! isset( $languages['en'] ) ) {
			$languages = array(
				'en' => array(
					'name'  => 'English',
					'title' => 'Could chronic care management help you?',
				),
			);
		}
	}
	return $languages;
}

/**
 * The widget's options from a block's attributes or a shortcode's, each
 * from its allow-list or its pattern; anything else falls back to the
 * default (English, the badge, the default colour, no contact line).
 *
 * @param array $raw Attributes as given.
 * @return array{lang: string, mode: string, accent: string, contact: string}
 */
function connected_care_options( $raw ) {
	$text = static function ( $name ) use ( $raw ) {
		return isset( $raw[ $name ] ) && is_scalar( $raw[ $name ] ) ? trim( (string) $raw[ $name ] ) : '';
	};

	// Tags match in any case ("zh-hant" is zh-Hant), as HTML's lang does.
	$lang = 'en';
	foreach ( array_keys( connected_care_languages() ) as $tag ) {
		if ( 0 === strcasecmp( $tag, $text( 'lang' ) ) ) {
			$lang = $tag;
		}
	}

	$mode = strtolower( $text( 'mode' ) );
	if ( ! in_array( $mode, CONNECTED_CARE_MODES, true ) ) {
		$mode = 'badge';
	}

	$accent = $text( 'accent' );
	if ( ! preg_match( '/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i', $accent ) ) {
		$accent = '';
	}

	// The contact line is plain text (the widget shows it as text): no
	// markup at all, one line, of a sensible length.
	$contact = wp_kses( $text( 'contact' ), array() );
	$contact = trim( preg_replace( '/\s+/u', ' ', $contact ) );
	$contact = mb_substr( $contact, 0, 200 );

	return compact( 'lang', 'mode', 'accent', 'contact' );
}

/**
 * The widget's markup: the custom element, holding the link a visitor
 * without JavaScript follows (in the chosen language), in a block-level
 * wrapper so that block themes line it up with the text column. Enqueues
 * the widget's script, so it loads only on pages that show the widget.
 *
 * @param array  $raw                Attributes as given.
 * @param string $wrapper_attributes The wrapper's attributes, escaped.
 * @return string
 */
function connected_care_markup( $raw, $wrapper_attributes ) {
	$options = connected_care_options( $raw );
	$title   = connected_care_languages()[ $options['lang'] ]['title'];
	wp_enqueue_script( 'connected-care-widget' );

	$attributes = sprintf( ' lang="%s" mode="%s"', esc_attr( $options['lang'] ), esc_attr( $options['mode'] ) );
	foreach ( array( 'accent', 'contact' ) as $name ) {
		if ( '' !== $options[ $name ] ) {
			$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $options[ $name ] ) );
		}
	}
	return sprintf(
		'<div %1$s><connected-care-widget%2$s><a href="%3$s">%4$s</a></connected-care-widget></div>',
		$wrapper_attributes,
		$attributes,
		esc_url( CONNECTED_CARE_LINK ),
		esc_html( $title )
	);
}

/**
 * The block's server-side render.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function connected_care_render_block( $attributes ) {
	return connected_care_markup( $attributes, get_block_wrapper_attributes() );
}

/**
 * [connected_care lang="es" mode="badge" accent="#0b6e4f" contact="..."]
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function connected_care_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'lang'    => 'en',
			'mode'    => 'badge',
			'accent'  => '',
			'contact' => '',
		),
		$atts,
		'connected_care'
	);
	return connected_care_markup( $atts, 'class="connected-care"' );
}

/**
 * Registers the widget's script, the editor's script, the block and the
 * shortcode.
 */
function connected_care_init() {
	wp_register_script(
		'connected-care-widget',
		// The bundle's folder is its version's (wordpress/build.mjs), so an
		// update never mixes cached files of two versions.
		plugins_url( 'dist/' . CONNECTED_CARE_VERSION . '/widget.js', __FILE__ ),
		array(),
		CONNECTED_CARE_VERSION,
		true
	);
	wp_register_script(
		'connected-care-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'connected-care-widget' ),
		CONNECTED_CARE_VERSION,
		true
	);
	$editor_data = array(
		'link'      => CONNECTED_CARE_LINK,
		'languages' => array(),
	);
	foreach ( connected_care_languages() as $tag => $language ) {
		$editor_data['languages'][] = array_merge( array( 'tag' => $tag ), $language );
	}
	wp_add_inline_script( 'connected-care-editor', 'window.connectedCare = ' . wp_json_encode( $editor_data ) . ';', 'before' );

	register_block_type( __DIR__ . '/block.json', array( 'render_callback' => 'connected_care_render_block' ) );
	add_shortcode( 'connected_care', 'connected_care_shortcode' );
}
add_action( 'init', 'connected_care_init' );

/**
 * The widget's script is a module (WordPress 6.1 has no module API: the
 * tag is written here). Only its own tag is touched.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 * @return string
 */
function connected_care_module_tag( $tag, $handle, $src ) {
	if ( 'connected-care-widget' !== $handle ) {
		return $tag;
	}
	return sprintf( "<script type=\"module\" src=\"%s\"></script>\n", esc_url( $src ) ); // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
}
add_filter( 'script_loader_tag', 'connected_care_module_tag', 10, 3 );

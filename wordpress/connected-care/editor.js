// The block in the editor: its settings in the sidebar, and a live preview
// (the widget itself, loaded from this plugin, as visitors will see it).
// Plain JavaScript on WordPress's own packages, so it needs no build step.
// The page itself is drawn by PHP (connected-care.php), from the same
// attributes.
( function ( blocks, blockEditor, components, element, i18n, data ) {
	'use strict';

	const el = element.createElement;
	const __ = i18n.__;
	const { InspectorControls, useBlockProps, useSetting } = blockEditor;
	const { PanelBody, RadioControl, SelectControl, TextControl, BaseControl, ColorPalette } = components;

	// The widget's languages ({ tag, name, title }) and the fallback link,
	// from PHP (languages.json).
	const byTag = new Map( data.languages.map( ( language ) => [ language.tag, language ] ) );
	const language = ( tag ) => byTag.get( tag ) || byTag.get( 'en' );

	function Settings( { attributes, setAttributes } ) {
		const palette = useSetting( 'color.palette' ) || [];
		return el(
			PanelBody,
			{ title: __( 'Settings', 'connected-care' ) },
			el( RadioControl, {
				label: __( 'Show', 'connected-care' ),
				selected: attributes.mode,
				options: [
					{ value: 'badge', label: __( 'A badge that opens the check', 'connected-care' ) },
					{ value: 'inline', label: __( 'The check in the page', 'connected-care' ) },
				],
				onChange: ( mode ) => setAttributes( { mode } ),
			} ),
			el( SelectControl, {
				label: __( 'Language', 'connected-care' ),
				value: language( attributes.lang ).tag,
				options: data.languages.map( ( { tag, name } ) => ( { value: tag, label: name, lang: tag } ) ),
				onChange: ( lang ) => setAttributes( { lang } ),
			} ),
			el(
				BaseControl,
				{ help: __( 'Too light for white text, it is darkened until the text is readable.', 'connected-care' ) },
				// A caption, not a <label>: the palette is a group of buttons.
				el( BaseControl.VisualLabel, null, __( 'Colour', 'connected-care' ) ),
				el( ColorPalette, {
					colors: palette,
					value: attributes.accent || undefined,
					disableAlpha: true,
					onChange: ( accent ) => setAttributes( { accent: accent || '' } ),
				} )
			),
			el( TextControl, {
				label: __( 'Contact line', 'connected-care' ),
				help: __( 'Shown with the result, for example your clinic and phone number.', 'connected-care' ),
				value: attributes.contact,
				onChange: ( contact ) => setAttributes( { contact } ),
			} )
		);
	}

	// The widget reads its attributes once, when it is drawn: a new key
	// makes React draw a new one whenever a setting changes.
	function Preview( { attributes } ) {
		const { tag, title } = language( attributes.lang );
		const props = {
			key: JSON.stringify( attributes ),
			lang: tag,
			mode: attributes.mode,
		};
		if ( attributes.accent ) props.accent = attributes.accent;
		if ( attributes.contact ) props.contact = attributes.contact;
		return el( 'connected-care-widget', props, el( 'a', { href: data.link }, title ) );
	}

	blocks.registerBlockType( 'connected-care/widget', {
		edit( props ) {
			return el(
				'div',
				useBlockProps(),
				el( InspectorControls, null, el( Settings, props ) ),
				el( Preview, props )
			);
		},
		// Drawn by PHP on the page.
		save: () => null,
	} );
} )( window.wp.blocks, window.wp.blockEditor, window.wp.components, window.wp.element, window.wp.i18n, window.connectedCare );

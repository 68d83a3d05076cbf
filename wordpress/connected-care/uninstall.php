<?php
/**
 * Uninstalling Connected Care: the plugin stores no options, tables, post
 * meta or files of its own, so there is nothing to delete; WordPress
 * removes the plugin's folder. Posts keep their blocks and shortcodes (the
 * author's own content): without the plugin a block shows nothing, and a
 * shortcode shows as its text.
 *
 * @package ConnectedCare
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

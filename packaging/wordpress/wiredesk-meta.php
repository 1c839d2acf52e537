<?php
/**
 * Plugin Name: Wiredesk meta
 * Description: Lets the Wiredesk desktop client keep its draft id and the article's provenance
 *   on posts through the REST API, and find a post by that draft id (so a create whose response
 *   was lost is never repeated). Install as a must-use plugin: copy into wp-content/mu-plugins/.
 * Version: 1.0
 * License: GPL-2.0-or-later
 */

if (!defined('ABSPATH')) {
    exit;
}

add_action('init', function () {
    // Core posts support custom fields, but a site may have removed it; meta in REST needs it.
    add_post_type_support('post', 'custom-fields');

    $can_edit = function () {
        return current_user_can('edit_posts');
    };
    register_post_meta('post', 'wiredesk_draft_id', [
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'description' => 'The Wiredesk client draft this post was published from.',
        'auth_callback' => $can_edit,
    ]);
    register_post_meta('post', 'wiredesk_provenance', [
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'description' => 'JSON: the sources the article draws on, as Wiredesk recorded them.',
        'auth_callback' => $can_edit,
    ]);
});

// GET /wp/v2/posts?wiredesk_draft_id=<id>: core REST has no meta filter; this one is exact and
// only for users who may edit posts (the value is not secret, but the lookup is a client tool).
add_filter('rest_post_collection_params', function ($params) {
    $params['wiredesk_draft_id'] = [
        'description' => 'Limit to posts published from this Wiredesk draft id.',
        'type' => 'string',
        'pattern' => '^[A-Za-z0-9-]{1,64}$',
    ];
    return $params;
});

add_filter('rest_post_query', function ($args, $request) {
    $draft_id = $request->get_param('wiredesk_draft_id');
    if (is_string($draft_id) && $draft_id !== '' && current_user_can('edit_posts')) {
        $args['meta_query'] = [[
            'key' => 'wiredesk_draft_id',
            'value' => $draft_id,
            'compare' => '=',
        ]];
    }
    return $args;
}, 10, 2);

// Exactly once on the server too: a create carrying a draft id that a post already holds is
// refused with 409 and that post's id. HTTP stacks resend a request whose connection died
// before any answer (Qt does), so the client alone cannot stop a second create reaching us.
add_filter('rest_pre_insert_post', function ($prepared, $request) {
    if (!empty($prepared->ID)) {
        return $prepared; // an update
    }
    $meta = $request->get_param('meta');
    $draft_id = (is_array($meta) && isset($meta['wiredesk_draft_id'])) ? (string) $meta['wiredesk_draft_id'] : '';
    if ($draft_id === '') {
        return $prepared;
    }
    $existing = get_posts([
        'post_type' => 'post',
        'post_status' => 'any',
        'meta_key' => 'wiredesk_draft_id',
        'meta_value' => $draft_id,
        'fields' => 'ids',
        'numberposts' => 1,
        'suppress_filters' => true,
    ]);
    if (!empty($existing)) {
        return new WP_Error('wiredesk_duplicate_draft',
            sprintf('Post %d already holds this Wiredesk draft.', (int) $existing[0]),
            ['status' => 409, 'post_id' => (int) $existing[0]]);
    }
    return $prepared;
}, 10, 2);

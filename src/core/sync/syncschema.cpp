#include "syncschema.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

Schema syncSchema()
{
    return Schema {u"sync"_s,
        {Migration {1,
            {
                uR"(CREATE TABLE sync_target (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('wordpress', 'folder', 'ghost')),
    url TEXT NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    allow_insecure INTEGER NOT NULL DEFAULT 0))"_s,
                uR"(CREATE TABLE sync_outbox (
    draft_id TEXT NOT NULL,
    target TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    remote_id TEXT NOT NULL DEFAULT '',
    remote_version TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL DEFAULT '',
    base_json TEXT NOT NULL DEFAULT '',
    updated INTEGER NOT NULL,
    PRIMARY KEY (draft_id, target)))"_s,
                u"CREATE INDEX sync_outbox_due ON sync_outbox (state, next_attempt)"_s,
                uR"(CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    draft_id TEXT NOT NULL,
    target TEXT NOT NULL,
    event TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT ''))"_s,
                uR"(CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    draft_id TEXT NOT NULL,
    target TEXT NOT NULL,
    at INTEGER NOT NULL,
    remote_id TEXT NOT NULL,
    remote_version TEXT NOT NULL,
    remote_hash TEXT NOT NULL,
    remote_json TEXT NOT NULL,
    local_json TEXT NOT NULL,
    conflicts_json TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0))"_s,
            }}}};
}

} // namespace Wiredesk

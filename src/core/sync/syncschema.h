#pragma once

#include "migration.h"

namespace Wiredesk {

/// The "sync" module's tables in the profile database: configured targets (sync_target: name,
/// kind, url, user; secrets live only in the keychain), the outbox (sync_outbox, one row per
/// draft and target with its state and the remote base it was last synced with), the sync log
/// (sync_log) and unresolved conflicts with both versions (sync_conflict).
Schema syncSchema();

} // namespace Wiredesk

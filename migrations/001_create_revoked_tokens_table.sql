-- CA-A2A v5.1: revoked JWTs, so that every agent can refuse a token the Admin API revoked.
-- Safe to run again: nothing here drops or rewrites existing data.

CREATE TABLE IF NOT EXISTS revoked_tokens (
    jti VARCHAR(255) PRIMARY KEY,
    revoked_at TIMESTAMP NOT NULL DEFAULT NOW(),
    revoked_by VARCHAR(255),
    reason TEXT,
    expires_at TIMESTAMP NOT NULL
);

-- Expired revocations are purged by expires_at; the admin API lists recent ones by revoked_at.
CREATE INDEX IF NOT EXISTS idx_revoked_tokens_expires_at ON revoked_tokens (expires_at);
CREATE INDEX IF NOT EXISTS idx_revoked_tokens_revoked_at ON revoked_tokens (revoked_at);

COMMENT ON TABLE revoked_tokens IS 'JWTs revoked before their expiry (jti claim); rows past expires_at may be deleted';

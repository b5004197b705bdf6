-- A session cookie names the epoch it was signed in at; moving the epoch (sign-out, a new password) ends every
-- session of the account at its next request, wherever the cookie was copied to.
alter table account add column session_epoch integer default 0 not null;

// Where the CLI finds the admin API and its credentials: flags over the environment over a
// profile, the user-or-token choice made by the source that gives it, and profile files that
// are wrong said so plainly.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_URL, profilesFile, resolveConnection } from '../../cli/credentials.ts';

function home(profiles?: unknown, mode = 0o600): string {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-cli-cred-'));
  if (profiles !== undefined) {
    mkdirSync(join(dir, '.config', 'sluice'), { recursive: true });
    const file = join(dir, '.config', 'sluice', 'profiles.json');
    writeFileSync(file, typeof profiles === 'string' ? profiles : JSON.stringify(profiles));
    chmodSync(file, mode);
  }
  return dir;
}

describe('CLI credentials', () => {
  test('Given nothing, when resolved, then the default URL and no credentials; the profile file is under ~/.config unless SLUICE_PROFILES or XDG_CONFIG_HOME say otherwise', () => {
    const c = resolveConnection({}, {}, home());
    assert.equal(c.url.href, `${DEFAULT_URL}/`);
    assert.equal(c.auth, undefined);
    assert.equal(profilesFile({}, '/h'), '/h/.config/sluice/profiles.json');
    assert.equal(profilesFile({ XDG_CONFIG_HOME: '/x' }, '/h'), '/x/sluice/profiles.json');
    assert.equal(profilesFile({ SLUICE_PROFILES: '/p.json' }, '/h'), '/p.json');
  });

  test('Given a setting in a flag, the environment and the profile, when resolved, then the flag wins, then the environment', () => {
    const h = home({ default: { url: 'https://profile:1', user: 'p', password: 'pp', cacert: 'ca.pem' } });
    const env = { SLUICE_ADMIN_URL: 'https://env:2', SLUICE_ADMIN_USER: 'e', SLUICE_ADMIN_PASSWORD: 'ee' };
    const all = resolveConnection({ url: 'https://flag:3', user: 'f', password: 'ff' }, env, h);
    assert.equal(all.url.host, 'flag:3');
    assert.deepEqual(all.auth, { kind: 'basic', user: 'f', password: 'ff' });
    assert.equal(all.profile, 'default');
    assert.equal(all.cacert, join(h, '.config', 'sluice', 'ca.pem'), 'relative to the profile file');
    const noFlags = resolveConnection({}, env, h);
    assert.equal(noFlags.url.host, 'env:2');
    assert.deepEqual(noFlags.auth, { kind: 'basic', user: 'e', password: 'ee' });
    assert.equal(resolveConnection({}, {}, h).url.host, 'profile:1');
  });

  test('Given a user on the command line and its password in the environment, or a token lower down, when resolved, then the user from the higher source is used with the password found', () => {
    const h = home({ default: { token: 'profile-token' } });
    const c = resolveConnection({ user: 'alice' }, { SLUICE_ADMIN_PASSWORD: 'from-env' }, h);
    assert.deepEqual(c.auth, { kind: 'basic', user: 'alice', password: 'from-env' });
    assert.deepEqual(resolveConnection({}, {}, h).auth, { kind: 'bearer', token: 'profile-token' });
    const both = resolveConnection({ token: 't', user: 'u', password: 'p' }, {}, h);
    assert.deepEqual(both.auth, { kind: 'bearer', token: 't' }, 'one source with both: the token');
    assert.throws(() => resolveConnection({ user: 'bob' }, {}, home()), /no password for user bob/);
  });

  test('Given a named profile that is missing, a file that is not JSON, an unknown key, or a readable file with secrets, when resolved, then a usage error naming the file or a warning', () => {
    const h = home({ prod: { url: 'https://prod' } });
    assert.throws(() => resolveConnection({ profile: 'dev' }, {}, h), /no profile "dev" \(profiles: prod\)/);
    assert.throws(() => resolveConnection({}, { SLUICE_PROFILE: 'dev' }, h), /no profile "dev"/);
    assert.equal(resolveConnection({}, {}, h).profile, undefined, 'no "default" profile: none used');
    assert.throws(() => resolveConnection({ profile: 'x' }, {}, home()), /cannot read .*profiles\.json/);
    assert.throws(() => resolveConnection({}, {}, home('{nope')), /not JSON/);
    assert.throws(
      () => resolveConnection({}, {}, home({ default: { passwd: 'x' } })),
      /unknown key "passwd"/,
    );
    assert.throws(
      () => resolveConnection({}, {}, home({ default: { insecure: 'yes' } })),
      /must be a boolean/,
    );
    assert.throws(() => resolveConnection({ url: 'sluice:8888' }, {}, home()), /must be http/);
    const open = resolveConnection({}, {}, home({ default: { token: 't' } }, 0o644));
    assert.match(open.warnings[0], /holds secrets and others can read it; chmod 600/);
    assert.deepEqual(resolveConnection({}, {}, home({ default: { token: 't' } })).warnings, []);
  });
});

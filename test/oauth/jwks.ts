import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

/** A signing key of the test's identity provider. */
export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function makeKey(kid: string, alg: 'RS256' | 'ES256' = 'ES256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, privateKey, jwk };
}

/**
 * A local identity provider on loopback: its metadata (openid-configuration with jwks_uri) and a JWKS
 * the test can rotate. Tokens are signed in the test with `sign`.
 */
export interface TestIssuer {
  issuer: string;
  jwksUrl: string;
  /** How many times the JWKS was fetched. */
  fetches(): number;
  /** Publish exactly these keys from now on. */
  publish(keys: TestKey[]): void;
  sign(key: TestKey, claims: JWTPayload, options?: { expiresIn?: string | number; issuer?: string; audience?: string | string[] }): Promise<string>;
  close(): Promise<void>;
}

export async function startIssuer(audience: string, keys: TestKey[]): Promise<TestIssuer> {
  let published = keys;
  let fetches = 0;
  let issuer = '';
  const server: Server = createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration') {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          issuer,
          jwks_uri: `${issuer}/jwks`,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['ES256'],
          code_challenge_methods_supported: ['S256'],
        }),
      );
      return;
    }
    if (req.url === '/jwks') {
      fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: published.map((k) => k.jwk) }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    fetches: () => fetches,
    publish: (next) => {
      published = next;
    },
    sign: (key, claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: key.jwk.alg!, kid: key.kid, typ: 'at+jwt' })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(key.privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const id = 71;
export const ids = [71];
export const modules = {

/***/ 41071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3ObjectStore: () => (/* binding */ s3ObjectStore)
/* harmony export */ });
/* unused harmony exports IMMUTABLE, objectKey, publicUrl, isTransient, s3Credentials, s3Client */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53711);

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `<prefix>/<sku>/<variant>-<sha8>.<ext>`: a new image gets a new key, so a CDN may cache forever. */
function objectKey(prefix, o) {
    const p = (prefix ?? '').replace(/^\/+|\/+$/g, '');
    const name = `${o.sku}/${o.variant}-${o.sha256.slice(0, 8)}.${o.ext}`;
    return p ? `${p}/${name}` : name;
}
const encodeKey = (key) => key.split('/').map(encodeURIComponent).join('/');
function publicUrl(s, key) {
    if (s.publicBaseUrl)
        return `${s.publicBaseUrl.replace(/\/+$/, '')}/${encodeKey(key)}`;
    const region = s.region ?? 'us-east-1';
    if (!s.endpoint)
        return `https://${s.bucket}.s3.${region}.amazonaws.com/${encodeKey(key)}`;
    const endpoint = new URL(s.endpoint);
    if (s.forcePathStyle)
        return `${endpoint.origin}/${s.bucket}/${encodeKey(key)}`;
    return `${endpoint.protocol}//${s.bucket}.${endpoint.host}/${encodeKey(key)}`;
}
/** Throttling, timeouts, 5xx and network failures can succeed later; the rest cannot. */
function isTransient(error) {
    if (error instanceof _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .S3ServiceException */ .Hcp) {
        const status = error.$metadata.httpStatusCode ?? 0;
        return (status === 408 || status === 429 || status >= 500 || /SlowDown|Throttl|RequestTimeout/.test(error.name));
    }
    const code = error.code ?? '';
    return (/ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|UND_ERR/.test(code) ||
        error.name === 'TimeoutError');
}
function wait(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const t = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
    });
}
async function withRetries(policy, signal, fn) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            if (signal?.aborted || !isTransient(error) || attempt >= policy.maxAttempts)
                throw error;
            // Full jitter, as for provider calls.
            await wait(Math.floor(Math.random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1))), signal);
        }
    }
}
/** The credentials an S3 client needs, from the host's environment; a clear message when absent. */
function s3Credentials(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey)
        throw new Error('storage kind s3 needs credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones) in the environment, e.g. from repository secrets');
    return {
        accessKeyId,
        secretAccessKey,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
}
function s3Client(s, env) {
    const config = {
        region: s.region ?? env.AWS_REGION ?? 'us-east-1',
        credentials: s3Credentials(env),
        // Retries are ours (withRetries), so attempts are counted once.
        maxAttempts: 1,
        ...(s.endpoint ? { endpoint: s.endpoint } : {}),
        ...(s.forcePathStyle !== undefined ? { forcePathStyle: s.forcePathStyle } : {}),
    };
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .S3Client */ .YxF(config);
}
async function exists(client, bucket, key, size, signal) {
    try {
        const head = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .HeadObjectCommand */ .l81({ Bucket: bucket, Key: key }), {
            abortSignal: signal,
        });
        // Same key means same sha8; a different size means a different image that shares it.
        return head.ContentLength === size;
    }
    catch (error) {
        if (error instanceof _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .S3ServiceException */ .Hcp && error.$metadata.httpStatusCode === 404)
            return false;
        throw error;
    }
}
/**
 * An ObjectStore on an S3-compatible bucket: HEAD first (a rerun uploads nothing already there),
 * then PUT with the image's Content-Type and an immutable Cache-Control. An S3 PUT is atomic: a
 * killed upload leaves no object, and the caller writes the manifest record only after it resolves.
 */
function s3ObjectStore(s, env, policy, client = s3Client(s, env)) {
    return {
        async publish(o) {
            const key = objectKey(s.prefix, o);
            const url = publicUrl(s, key);
            return withRetries(policy, o.signal, async () => {
                if (await exists(client, s.bucket, key, o.bytes.length, o.signal))
                    return { key, url, uploaded: false };
                await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .PutObjectCommand */ .wKZ({
                    Bucket: s.bucket,
                    Key: key,
                    Body: o.bytes,
                    ContentType: o.contentType,
                    CacheControl: IMMUTABLE,
                    ContentLength: o.bytes.length,
                }), { abortSignal: o.signal });
                return { key, url, uploaded: true };
            });
        },
    };
}


/***/ })

};

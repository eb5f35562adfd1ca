/** Content-Type by a placement's output format (kept apart from s3-store, which loads the S3 client). */
export const IMAGE_CONTENT_TYPES: Readonly<Record<string, string>> = {
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
  avif: 'image/avif',
};

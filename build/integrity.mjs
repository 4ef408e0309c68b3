// The subresource integrity of a file the build writes or rewrites (sha384, as Trunk writes it).
import crypto from 'node:crypto';

export const integrity = (content) => `sha384-${crypto.createHash('sha384').update(content).digest('base64')}`;

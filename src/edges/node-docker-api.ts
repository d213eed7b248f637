import type { DockerApi } from './docker-api.js';

/** node:http/https, loaded on first use (start-up of read-only commands stays cheap). */
export const nodeDockerApi: DockerApi = async (target, path, options) => {
  const { request } = await import('./http-request.js');
  return request(target, path, options);
};

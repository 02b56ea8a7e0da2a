/** DI token of the service's validated config object (also provided under its own class). */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** DI token of the service's name (`gateway`, `coordinator`, ...). */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
/** DI token of the service's pino logger. */
export const LOGGER = Symbol('LOGGER');

// The `signing.*` calls: the certificate reports are signed with (Settings).
import type { HandlerTable } from '../rpc/registry';

export const signingHandlers = {
  'signing.status': (ctx) => ctx.signing.status(),
  'signing.import': (ctx, { pkcs12, password }) => ctx.signing.import(pkcs12, password),
  'signing.remove': (ctx) => ctx.signing.remove(),
} satisfies HandlerTable;

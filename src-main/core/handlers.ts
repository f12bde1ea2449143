// Every domain's handlers merged into the one table core dispatches from.
import { appHandlers } from './app/handlers';
import { cacheHandlers } from './cache/handlers';
import { casesHandlers } from './cases/handlers';
import { syncHandlers } from './sync/handlers';
import { imagingHandlers } from './imaging/handlers';
import { timerHandlers } from './timer/handlers';
import { reportsHandlers } from './reports/handlers';
import { signingHandlers } from './signing/handlers';
import { practiceHandlers } from './practice/handlers';
import { auditHandlers } from './security/handlers';
import { messagesHandlers } from './messages/handlers';
import { notificationsHandlers } from './notifications/handlers';
import { documentsHandlers } from './documents/handlers';
import { assertComplete, mergeHandlerTables, type CompleteHandlerTable } from './rpc/registry';

export function buildHandlerTable(): CompleteHandlerTable {
  return assertComplete(
    mergeHandlerTables({
      app: appHandlers,
      cache: cacheHandlers,
      cases: casesHandlers,
      sync: syncHandlers,
      imaging: imagingHandlers,
      timer: timerHandlers,
      reports: reportsHandlers,
      signing: signingHandlers,
      practice: practiceHandlers,
      audit: auditHandlers,
      messages: messagesHandlers,
      notifications: notificationsHandlers,
      documents: documentsHandlers,
    }),
  );
}

import { useRouteError } from 'react-router';
import { ErrorFallback } from './ErrorFallback';

/**
 * What the router shows when a screen fails to load (a code chunk missing after an update) or
 * throws: the same plain message as the error boundary, instead of the router's developer page.
 */
export function RouteError() {
  const error = useRouteError();
  return <ErrorFallback error={error} resetErrorBoundary={() => window.location.reload()} />;
}

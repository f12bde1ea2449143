// Whether core answers the page now (see core-link.ts), as React state.
import { useEffect, useState } from 'react';
import { useBackend } from './backend-context';

export function useCoreLink(): boolean {
  const { link } = useBackend();
  const [up, setUp] = useState(link.isUp());
  useEffect(() => {
    setUp(link.isUp());
    return link.onChange(setUp);
  }, [link]);
  return up;
}

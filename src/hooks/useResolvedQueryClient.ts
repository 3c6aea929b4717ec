import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext, useState } from 'react';

/**
 * The explicit `queryClient`, else the app's `QueryClientProvider`, else a private client
 * kept for the component's life, so the hook works with or without React Query set up.
 */
export function useResolvedQueryClient(explicit?: QueryClient): QueryClient {
  const fromContext = useContext(QueryClientContext);
  // Cheap when unused: a QueryClient holds two empty caches until a query runs on it.
  const [own] = useState(() => new QueryClient());
  return explicit ?? fromContext ?? own;
}

import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Loading } from '../components/States';

// Each screen is its own chunk: the shell loads first, a screen when its route is opened.
export function Screen({ component: Component }: { component: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

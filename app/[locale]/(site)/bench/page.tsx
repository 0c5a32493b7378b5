// Registers the benchmark's no-op server action (app/actions/bench.ts) with the build, so it gets
// an action id like submitAnswer. Not a page anyone visits: a 404 unless QQ_BENCH=1.
import { notFound } from 'next/navigation';
import { noopAnswer } from '@/app/actions/bench';

export default function BenchPage() {
  if (process.env.QQ_BENCH !== '1') notFound();
  return (
    <form action={noopAnswer as unknown as (formData: FormData) => Promise<void>}>
      <button type="submit">noop</button>
    </form>
  );
}

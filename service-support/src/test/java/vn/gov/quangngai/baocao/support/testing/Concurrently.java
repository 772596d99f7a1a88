package vn.gov.quangngai.baocao.support.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Sends the same request from many threads released at once by a start gate; every answer is awaited within a bound. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The results of {@code count} calls of {@code call} (given its index), in index order, each within {@code bound}. */
    public static <T> List<T> run(int count, Duration bound, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> task = call.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    if (!start.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new IllegalStateException("the start gate never opened");
                    }
                    return task.call();
                }));
            }
            if (!ready.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("not every thread reached the start gate");
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            long deadline = System.nanoTime() + bound.toNanos();
            for (Future<T> future : futures) {
                results.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}

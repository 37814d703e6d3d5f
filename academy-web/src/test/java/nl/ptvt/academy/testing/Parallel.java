package nl.ptvt.academy.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.ptvt.academy.testing.ApiClient.Reply;

/** Requests fired at the same moment, for the tests of what parallel requests do. */
public final class Parallel {

    private Parallel() {
    }

    /** Sends all requests at the same moment from as many threads, and returns the answers in order. */
    public static List<Reply> inParallel(List<Callable<Reply>> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> answers = new ArrayList<>();
            for (Callable<Reply> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> answer : answers) {
                replies.add(answer.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            threads.shutdownNow();
        }
    }

    public static List<Callable<Reply>> times(int count, Callable<Reply> request) {
        List<Callable<Reply>> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(request);
        }
        return requests;
    }
}

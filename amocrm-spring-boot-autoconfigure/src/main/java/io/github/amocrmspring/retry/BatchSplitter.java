package io.github.amocrmspring.retry;

import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.metrics.AmoClientMetrics.RetryReason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.Assert;

/**
 * Sends a batch of entities and, when amoCRM answers 504 (gateway timeout), sends it again in two halves, as
 * amoCRM recommends for batches too heavy to save in time.
 *
 * <ol>
 * <li>Send the batch.
 * <li>On 504, if the batch has more than one entity, split it into two halves and send each the same way, so a
 * half that times out again is halved again.
 * <li>A single entity that times out, or any other failure, is raised as it is.
 * </ol>
 * amoCRM answers 504 when it gave up saving the batch, which is why the halves are sent again, adds included. A
 * request that got no answer at all is a different case: it is never sent again (see
 * {@link RetryingExchangeInterceptor}).
 */
public class BatchSplitter {

    private static final Logger logger = LoggerFactory.getLogger(BatchSplitter.class);

    private static final int GATEWAY_TIMEOUT = 504;

    private final boolean enabled;

    private final AmoClientMetrics metrics;

    /**
     * Create a splitter.
     * @param enabled whether a batch is split on 504; when not, the 504 is raised as it is
     * @param metrics where to record batch sizes and splits
     */
    public BatchSplitter(boolean enabled, AmoClientMetrics metrics) {
        Assert.notNull(metrics, "'metrics' must not be null");
        this.enabled = enabled;
        this.metrics = metrics;
    }

    /** Return a splitter that splits on 504 and records nothing. */
    public static BatchSplitter withoutMetrics() {
        return new BatchSplitter(true, AmoClientMetrics.NONE);
    }

    /**
     * Send a batch, halving it on 504.
     * @param <T> the type of the entities
     * @param <R> the type of the answer to one request
     * @param batch the entities to send, at most one request's worth
     * @param send sends one request with the given entities and returns its answer
     * @return the answers, one per request sent, in the order of the entities
     */
    public <T, R> List<R> send(List<T> batch, Function<List<T>, R> send) {
        return send(batch, send, (part, ex) -> {
            throw ex;
        });
    }

    /**
     * Send a batch, halving it on 504, and turn a request that fails otherwise into an answer, so that the answers
     * of the halves sent before it are not lost.
     * <p>After such a failure no further half is sent: each is answered by {@code onFailure} with the same
     * exception.
     * @param <T> the type of the entities
     * @param <R> the type of the answer to one request
     * @param batch the entities to send, at most one request's worth
     * @param send sends one request with the given entities and returns its answer
     * @param onFailure makes the answer for entities whose request failed, or was not sent after a failure; it may
     * rethrow the exception
     * @return the answers, one per part, in the order of the entities
     */
    public <T, R> List<R> send(
            List<T> batch, Function<List<T>, R> send, BiFunction<List<T>, AmoException, R> onFailure) {
        Assert.notEmpty(batch, "'batch' must not be empty");
        List<R> answers = new ArrayList<>();
        sendInto(batch, send, onFailure, answers, new AmoException[1]);
        return answers;
    }

    private <T, R> void sendInto(
            List<T> batch,
            Function<List<T>, R> send,
            BiFunction<List<T>, AmoException, R> onFailure,
            List<R> answers,
            AmoException[] failure) {
        if (failure[0] != null) {
            answers.add(onFailure.apply(batch, failure[0]));
            return;
        }
        this.metrics.batchSent(batch.size());
        try {
            answers.add(send.apply(batch));
        } catch (AmoException ex) {
            if (!this.enabled || ex.getStatus() != GATEWAY_TIMEOUT || batch.size() < 2) {
                failure[0] = ex;
                answers.add(onFailure.apply(batch, ex));
                return;
            }
            int half = batch.size() / 2;
            logger.warn(
                    "amoCRM timed out saving {} entities; sending them again as {} and {}: {}",
                    batch.size(),
                    half,
                    batch.size() - half,
                    ex.getMessage());
            this.metrics.retried(RetryReason.BATCH_SPLIT);
            sendInto(List.copyOf(batch.subList(0, half)), send, onFailure, answers, failure);
            sendInto(List.copyOf(batch.subList(half, batch.size())), send, onFailure, answers, failure);
        }
    }
}

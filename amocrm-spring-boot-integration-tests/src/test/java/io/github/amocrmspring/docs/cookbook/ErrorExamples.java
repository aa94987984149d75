package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.BatchFailure;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.EntityBatchException;
import io.github.amocrmspring.entity.EntityConflictException;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.error.AmoItemError;
import io.github.amocrmspring.error.AmoRateLimitException;
import io.github.amocrmspring.guard.EntityLockException;
import io.github.amocrmspring.model.Lead;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The error handling examples of the cookbook. */
final class ErrorExamples {

    private static final Logger log = LoggerFactory.getLogger(ErrorExamples.class);

    private ErrorExamples() {}

    static String updateSale(AmoTemplate amo, long leadId) {
        String outcome;
        // tag::errors[]
        try {
            amo.leads().update(leadId, lead -> lead.setSale(20000L));
            outcome = "saved";
        } catch (EntityConflictException ex) {
            outcome = "the lead was changed in amoCRM after it was read: read it again";
        } catch (EntityLockException ex) {
            outcome = "another thread or instance held the lead's lock too long";
        } catch (AmoAuthorizationException ex) {
            outcome = "the account must be authorized again";
        } catch (AmoRateLimitException ex) {
            outcome = "amoCRM kept answering 429; retry after " + ex.getRetryAfter();
        } catch (AmoAccountBlockedException ex) {
            outcome = "amoCRM blocked the account";
        } catch (AmoApiException ex) {
            outcome = "amoCRM refused: HTTP " + ex.getStatus() + ", codes " + ex.getErrorCodes() + ", "
                    + ex.getServerMessage();
        } catch (AmoException ex) {
            outcome = "no usable answer from " + ex.getAccountHost() + ": " + ex.getMessage();
        }
        // end::errors[]
        log.info("Lead {}: {}", leadId, outcome);
        return outcome;
    }

    static BatchResult<Lead> batchFailures(AmoTemplate amo, List<Lead> leads) {
        // tag::batch-errors[]
        BatchResult<Lead> result = amo.leads().saveAll(leads);
        for (BatchFailure<Lead> failure : result.failures()) {
            AmoItemError error = failure.error();
            log.warn(
                    "Lead #{} ({}) not saved: {} {}",
                    failure.index(),
                    failure.item().getName(),
                    error.code(),
                    error.message());
        }

        // Or all or nothing, as an exception that still carries what was saved
        try {
            result.orThrow();
        } catch (EntityBatchException ex) {
            log.warn(
                    "{} saved, {} failed",
                    ex.getResult().saved().size(),
                    ex.getItemErrors().size());
        }
        // end::batch-errors[]
        return result;
    }
}

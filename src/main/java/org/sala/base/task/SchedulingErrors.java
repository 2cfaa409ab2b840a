package org.sala.base.task;

import org.sala.base.db.DatabaseProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;

/**
 * Background work (publishing due posts, sending mail, newsletters, digests) runs every few
 * seconds; while the database is down each run fails. That is logged as one warning line, not a
 * stack trace every few seconds; the next run after the database is back simply works.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingErrors {

    private static final Logger log = LoggerFactory.getLogger(SchedulingErrors.class);

    static final ErrorHandler HANDLER = error -> {
        if (DatabaseProblems.isDatabaseProblem(error)) {
            log.warn("A background task could not reach the database: {}", error.toString());
        } else {
            log.error("A background task failed", error);
        }
    };

    @Bean
    ThreadPoolTaskSchedulerCustomizer schedulingErrorsOnPool() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer schedulingErrorsOnVirtualThreads() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }
}

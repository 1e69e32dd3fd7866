package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Fake of Jira's {@link SchedulerService}: records job runners and scheduled jobs but never runs them by itself;
 * {@link #runNow} runs a registered job once, as the scheduler would at its time.
 */
public final class FakeSchedulerService implements SchedulerService {

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Set<JobId> scheduled = ConcurrentHashMap.newKeySet();

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        scheduled.add(jobId);
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        scheduled.remove(jobId);
    }

    public Set<JobRunnerKey> runnerKeys() {
        return Set.copyOf(runners.keySet());
    }

    public Set<JobId> scheduledJobs() {
        return Set.copyOf(scheduled);
    }

    /** Runs the job registered under {@code key} now, on this thread. */
    public JobRunnerResponse runNow(JobRunnerKey key) {
        JobRunner runner = runners.get(key);
        if (runner == null) {
            throw new IllegalArgumentException("No job runner " + key);
        }
        Date start = new Date();
        return runner.runJob(new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return start;
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        });
    }
}

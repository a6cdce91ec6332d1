using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>
/// Retry (exponential backoff with jitter) → circuit breaker → per-attempt timeout. Only Neo4j's transient errors, connection
/// failures and timeouts are retried; client errors (bad Cypher, wrong credentials) fail at once. Retrying writes is safe
/// because every write statement is an idempotent MERGE/SET upsert.
/// </summary>
internal static class Neo4jResilience
{
    public static ResiliencePipeline Build(Neo4jOptions options, TimeProvider? time = null)
    {
        var retryable = new PredicateBuilder()
            .Handle<Neo4jException>(e => e.IsTransient)
            .Handle<Neo4jUnavailableException>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>();
        var builder = new ResiliencePipelineBuilder();
        if (time is not null)
        {
            builder.TimeProvider = time;
        }

        return builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = retryable,
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = retryable,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerDuration,
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    }
}

using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>
/// Retry (exponential backoff with jitter) → circuit breaker → per-attempt timeout. Only Neo4j's transient errors, connection
/// failures and timeouts are retried; client errors (bad Cypher, wrong credentials) fail at once. Retrying writes is safe
/// because every write statement is an idempotent MERGE/SET upsert and a batch is one transaction.
/// A call can lengthen its attempt timeout (imports) or ask for a single attempt (health checks) through its context.
/// </summary>
internal static class Neo4jResilience
{
    public static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("throughline.neo4j.attempt-timeout");

    public static readonly ResiliencePropertyKey<bool> SingleAttempt = new("throughline.neo4j.single-attempt");

    public static bool IsRetryable(Exception? e) => e switch
    {
        Neo4jUnavailableException or HttpRequestException or TimeoutRejectedException => true,
        Neo4jException neo4j => neo4j.IsTransient,
        _ => false,
    };

    public static ResiliencePipeline Build(Neo4jOptions options, TimeProvider? time = null)
    {
        var builder = new ResiliencePipelineBuilder();
        if (time is not null)
        {
            builder.TimeProvider = time;
        }

        return builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    !args.Context.Properties.GetValue(SingleAttempt, false) && IsRetryable(args.Outcome.Exception)),
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome.Exception)),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerDuration,
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptTimeout, options.RequestTimeout)),
            })
            .Build();
    }
}

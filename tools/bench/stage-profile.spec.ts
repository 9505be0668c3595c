import { stageFigures } from './stage-profile.js';

const TEXT = `# HELP kafka_batch_duration_seconds Handler time
kafka_batch_duration_seconds_bucket{le="0.1",topic="raw",service="processor"} 3
kafka_batch_duration_seconds_sum{topic="raw",service="processor"} 0.6
kafka_batch_duration_seconds_count{topic="raw",service="processor"} 4
kafka_batch_messages_sum{topic="raw",service="processor"} 400
kafka_batch_messages_count{topic="raw",service="processor"} 4
db_write_duration_seconds_sum{table="articles",service="processor"} 0
db_write_duration_seconds_count{table="articles",service="processor"} 0
http_requests_total{route="/x",service="processor"} 9`;

describe('stageFigures', () => {
  it('turns histogram sums and counts into means, in milliseconds for durations', () => {
    expect(stageFigures('processor', TEXT)).toEqual([
      { service: 'processor', metric: 'kafka_batch_duration_seconds', labels: 'topic="raw"', count: 4, mean: 150 },
      { service: 'processor', metric: 'kafka_batch_messages', labels: 'topic="raw"', count: 4, mean: 100 },
    ]);
  });
});

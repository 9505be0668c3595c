import { pomProperty } from './kafka-runtime.js';

describe('pomProperty', () => {
  const pom =
    '<project><properties>\n  <kafka.version>4.1.1</kafka.version>\n  <kafkaXversion>9</kafkaXversion>\n</properties></project>';

  it('reads a property, so tools/kafka/pom.xml alone pins the Kafka version', () => {
    expect(pomProperty(pom, 'kafka.version')).toBe('4.1.1');
  });

  it('matches the dots in a name literally', () => {
    expect(() => pomProperty('<kafkaXversion>9</kafkaXversion>', 'kafka.version')).toThrow(
      'no <kafka.version> property',
    );
  });
});

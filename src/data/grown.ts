/** A typed array twice as long (at least 1024), holding the values of `array`. */
export function grown<T extends Float64Array | Uint32Array | Int32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as { new (n: number): T })(Math.max(1024, length * 2));
  bigger.set(array);
  return bigger;
}

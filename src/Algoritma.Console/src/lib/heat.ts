/** A heat map cell whose label stays readable: white on the dark end of the blue scale, black elsewhere. */
export function heatCell<Value extends unknown[]>(value: Value, ratio: number) {
  return ratio > 0.6
    ? { value, label: { color: '#ffffff', textBorderWidth: 0 } }
    : { value };
}

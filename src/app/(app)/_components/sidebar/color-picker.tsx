import { COLOR_LABELS, ColorDot } from "@/components/color-dot";
import { type ColorName, colorNames } from "@/lib/schemas/colors";

/** The palette as a radio group: each swatch has its name beside it, so colour is never the only cue. */
export function ColorPicker({
  defaultValue,
  autoFocus = false,
  error,
}: {
  defaultValue: ColorName;
  /** Focus the chosen colour when the dialog opens (the "Colour" menu item). */
  autoFocus?: boolean;
  error?: string | undefined;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "color-picker-error" : undefined}>
      <legend className="mb-1 text-sm font-medium">Colour</legend>
      <div className="grid grid-cols-2 gap-1 sm:grid-cols-3">
        {colorNames.map((color) => (
          <label
            key={color}
            className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-transparent px-2 text-sm hover:bg-surface has-checked:border-border has-checked:bg-surface has-checked:font-semibold"
          >
            <input
              type="radio"
              name="color"
              value={color}
              defaultChecked={color === defaultValue}
              data-autofocus={autoFocus && color === defaultValue ? true : undefined}
              className="size-4 accent-accent"
            />
            <ColorDot color={color} className="size-3" />
            {COLOR_LABELS[color]}
          </label>
        ))}
      </div>
      {error ? (
        <p id="color-picker-error" role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

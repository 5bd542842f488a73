package torch4j.vision.utils;

/**
 * The keyword arguments of {@code make_grid} (and {@code save_image}): nrow 8, padding 2, no
 * normalisation, pad value 0 unless set.
 *
 * <pre>{@code
 * jshell> VisionUtils.makeGrid(rand(16, 3, 8, 8), new GridOptions().nrow(4).padding(1).padValue(1.0)).shape()
 * $1 ==> torch.Size([3, 37, 37])
 * }</pre>
 */
public final class GridOptions {
    int nrow = 8;
    int padding = 2;
    boolean normalize;
    double[] valueRange;
    boolean scaleEach;
    double padValue;

    /** Images per row ({@code nrow}). */
    public GridOptions nrow(int nrow) { this.nrow = nrow; return this; }

    /** Pixels between images and around the grid ({@code padding}). */
    public GridOptions padding(int padding) { this.padding = padding; return this; }

    /** Shift values to [0, 1] by the min and max of the batch, or of {@link #valueRange} ({@code normalize}). */
    public GridOptions normalize(boolean normalize) { this.normalize = normalize; return this; }

    /** The (min, max) that {@link #normalize} maps to [0, 1], clamping outside ({@code value_range}). */
    public GridOptions valueRange(double min, double max) { this.valueRange = new double[]{min, max}; return this; }

    /** Normalise each image by its own min and max ({@code scale_each}). */
    public GridOptions scaleEach(boolean scaleEach) { this.scaleEach = scaleEach; return this; }

    /** The value of the padding pixels ({@code pad_value}). */
    public GridOptions padValue(double padValue) { this.padValue = padValue; return this; }

    @Override
    public String toString() {
        return "GridOptions(nrow=" + nrow + ", padding=" + padding + ", normalize=" + normalize + ", value_range="
                + (valueRange == null ? "None" : "(" + valueRange[0] + ", " + valueRange[1] + ")") + ", scale_each=" + scaleEach + ", pad_value=" + padValue + ")";
    }
}

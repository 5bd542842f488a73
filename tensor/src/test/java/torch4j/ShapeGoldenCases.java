package torch4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Java call of each case of {@code golden/shapes/gen_shapes.py}, by case name (the Python call is beside it there). */
final class ShapeGoldenCases {
    private ShapeGoldenCases() {}

    @FunctionalInterface
    interface Call { Object apply(Tensor[] in); }

    static final Map<String, Call> CALLS = new HashMap<>();

    private static void put(String name, Call call) {
        if (CALLS.put(name, call) != null) throw new IllegalStateException("two calls for " + name);
    }

    private static long[] l(long... v) { return v; }

    /** Where the cases' own tensors (indices, masks, repeats) are made: the inputs' device ({@link ShapeMetaTest} sets meta). */
    static Device device = Device.CPU;

    private static Tensor tensor(long v) { return Torch.tensor(v).to(device); }
    private static Tensor tensor(long... v) { return Torch.tensor(v).to(device); }
    private static Tensor tensor(float... v) { return Torch.tensor(v).to(device); }
    private static Tensor tensor(boolean... v) { return Torch.tensor(v).to(device); }
    private static Tensor tensor(Object v) { return Torch.tensor(v).to(device); }
    private static Tensor i2() { return tensor(2L, 0L); }
    private static Tensor sr() { return tensor(new long[][]{{0, 1, 2, 0}, {2, 2, 1, 0}, {0, 1, 2, 2}}); }
    private static Tensor m() {
        return tensor(new boolean[][]{{true, false, true, false}, {false, false, true, true}, {true, true, false, false}});
    }

    static {
        // views
        put("adjoint", x -> x[0].adjoint());
        put("adjoint_3d", x -> x[0].adjoint());
        put("adjoint_1d", x -> x[0].adjoint());
        put("as_strided", x -> x[0].asStrided(l(2, 2), l(1, 2)));
        put("as_strided_offset", x -> x[0].asStrided(l(3, 2), l(2, 1), 1));
        put("as_strided_overlap", x -> x[0].asStrided(l(3, 3), l(1, 1)));
        put("as_strided_bad_len", x -> x[0].asStrided(l(2, 2), l(1)));
        put("as_strided_negative", x -> x[0].asStrided(l(2, 2), l(-1, 1)));
        put("as_strided_oob", x -> x[0].asStrided(l(20, 2), l(1, 1)));
        put("broadcast_to", x -> x[0].broadcastTo(2, 3, 4));
        put("broadcast_to_int", x -> x[0].broadcastTo(2, 12));
        put("broadcast_to_bad", x -> x[0].broadcastTo(3, 3));
        put("diagonal", x -> x[0].diagonal());
        put("diagonal_off1", x -> x[0].diagonal(1));
        put("diagonal_offm1", x -> x[0].diagonal(-1));
        put("diagonal_off9", x -> x[0].diagonal(9));
        put("diagonal_dims", x -> x[0].diagonal(0, 0, 2));
        put("diagonal_dims_neg", x -> x[0].diagonal(1, -1, 1));
        put("diagonal_t", x -> x[0].diagonal());
        put("diagonal_same", x -> x[0].diagonal(0, 1, -1));
        put("movedim", x -> x[0].movedim(0, -1));
        put("movedim_list", x -> x[0].movedim(l(0, 1), l(2, 0)));
        put("moveaxis", x -> x[0].moveaxis(1, 0));
        put("moveaxis_list", x -> x[0].moveaxis(l(2), l(0)));
        put("movedim_len", x -> x[0].movedim(l(0, 1), l(0)));
        put("movedim_rep_src", x -> x[0].movedim(l(0, 0), l(0, 1)));
        put("movedim_rep_dst", x -> x[0].movedim(l(0, 1), l(1, 1)));
        put("swapaxes", x -> x[0].swapaxes(0, 2));
        put("swapdims", x -> x[0].swapdims(-1, 0));
        put("ravel", x -> x[0].ravel());
        put("ravel_t", x -> x[0].ravel());
        put("ravel_int", x -> x[0].ravel());
        // splits
        put("tensor_split_3", x -> x[0].tensorSplit(3));
        put("tensor_split_sections_dim", x -> x[0].tensorSplit(3, 1));
        put("tensor_split_indices", x -> x[0].tensorSplit(l(1, 3)));
        put("tensor_split_indices_dim", x -> x[0].tensorSplit(l(1, 6), 1));
        put("tensor_split_indices_back", x -> x[0].tensorSplit(l(3, 1), 1));
        put("tensor_split_tensor_sections", x -> x[0].tensorSplit(tensor(2L)));
        put("tensor_split_tensor_indices", x -> x[0].tensorSplit(tensor(1L, 2L), 1));
        put("tensor_split_zero", x -> x[0].tensorSplit(0));
        put("tensor_split_0d", x -> x[0].tensorSplit(2));
        put("tensor_split_tensor_float", x -> x[0].tensorSplit(tensor(new float[]{1f})));
        put("hsplit", x -> x[0].hsplit(2));
        put("hsplit_1d", x -> x[0].hsplit(5));
        put("hsplit_indices", x -> x[0].hsplit(l(1, 2)));
        put("hsplit_bad", x -> x[0].hsplit(3));
        put("hsplit_zero", x -> x[0].hsplit(0));
        put("hsplit_0d", x -> x[0].hsplit(1));
        put("vsplit", x -> x[0].vsplit(3));
        put("vsplit_indices", x -> x[0].vsplit(l(2)));
        put("vsplit_bad", x -> x[0].vsplit(2));
        put("vsplit_1d", x -> x[0].vsplit(1));
        put("dsplit", x -> x[0].dsplit(2));
        put("dsplit_indices", x -> x[0].dsplit(l(3)));
        put("dsplit_2d", x -> x[0].dsplit(2));
        // reordering
        put("flip_0", x -> x[0].flip(0));
        put("flip_01", x -> x[0].flip(0, 1));
        put("flip_neg", x -> x[0].flip(-1));
        put("flip_t", x -> x[0].flip(1));
        put("flip_int", x -> x[0].flip(1));
        put("flip_bool", x -> x[0].flip(0, 1));
        put("flip_0d", x -> x[0].flip(0));
        put("flip_dup", x -> x[0].flip(0, -2));
        put("flip_range", x -> x[0].flip(2));
        put("fliplr", x -> x[0].fliplr());
        put("fliplr_1d", x -> x[0].fliplr());
        put("flipud", x -> x[0].flipud());
        put("flipud_0d", x -> x[0].flipud());
        put("roll_flat", x -> x[0].roll(5));
        put("roll_dim", x -> x[0].roll(-1, 1));
        put("roll_dims", x -> x[0].roll(l(1, -2), l(0, 1)));
        put("roll_big", x -> x[0].roll(13, 0));
        put("roll_t", x -> x[0].roll(1));
        put("roll_same_dim", x -> x[0].roll(l(1, 1), l(1, 1)));
        put("roll_mismatch", x -> x[0].roll(l(1, 2), l(0)));
        put("roll_mismatch_nodim", x -> x[0].roll(l(1, 2), l()));
        put("roll_empty", x -> x[0].roll(l(), l()));
        put("rot90", x -> x[0].rot90());
        put("rot90_2", x -> x[0].rot90(2));
        put("rot90_3", x -> x[0].rot90(3));
        put("rot90_neg", x -> x[0].rot90(-1));
        put("rot90_0", x -> x[0].rot90(0));
        put("rot90_dims", x -> x[0].rot90(1, l(2, 0)));
        put("rot90_int", x -> x[0].rot90(1, l(1, 0)));
        put("rot90_one_dim", x -> x[0].rot90(1, l(0)));
        put("rot90_same", x -> x[0].rot90(1, l(0, -2)));
        put("rot90_1d", x -> x[0].rot90(1, l(0, 0)));
        put("rot90_range", x -> x[0].rot90(1, l(0, 3)));
        put("repeat", x -> x[0].repeat(2, 3));
        put("repeat_lead", x -> x[0].repeat(2, 1, 2));
        put("repeat_short", x -> x[0].repeat(2));
        put("tile", x -> x[0].tile(2));
        put("tile_more", x -> x[0].tile(2, 1, 1));
        put("tile_int", x -> x[0].tile(1, 2));
        put("repeat_interleave", x -> x[0].repeatInterleave(2));
        put("repeat_interleave_dim", x -> x[0].repeatInterleave(3, 1));
        put("repeat_interleave_tensor", x -> x[0].repeatInterleave(tensor(1L, 0L, 2L), 0));
        put("repeat_interleave_tensor_flat", x -> x[0].repeatInterleave(tensor(2L, 1L, 0L, 1L, 3L)));
        put("repeat_interleave_scalar_tensor", x -> x[0].repeatInterleave(tensor(2L), 1));
        put("repeat_interleave_neg", x -> x[0].repeatInterleave(-1));
        put("repeat_interleave_size", x -> x[0].repeatInterleave(tensor(1L, 2L), 0));
        put("repeat_interleave_neg_tensor", x -> x[0].repeatInterleave(tensor(1L, -2L, 1L), 0));
        put("repeat_interleave_2d", x -> x[0].repeatInterleave(tensor(new long[][]{{1, 2, 1}}), 0));
        put("repeat_interleave_fn", x -> Torch.repeatInterleave(x[0]));
        put("narrow_copy", x -> x[0].narrowCopy(1, 1, 2));
        put("narrow_copy_int", x -> x[0].narrowCopy(0, -2, 2));
        put("narrow_copy_bad", x -> x[0].narrowCopy(0, 2, 2));
        put("take_along_dim", x -> x[0].takeAlongDim(tensor(new long[][]{{0, 2}, {3, 3}, {1, 0}}), 1));
        put("take_along_dim_bcast", x -> x[0].takeAlongDim(tensor(new long[][]{{2, 0, 1, 1}}), 0));
        put("take_along_dim_flat", x -> x[0].takeAlongDim(tensor(11L, 0L, 5L)));
        put("take_along_dim_ndim", x -> x[0].takeAlongDim(tensor(0L, 1L), 0));
        put("take_along_dim_int", x -> x[0].takeAlongDim(tensor(new long[][]{{0, 1}}).to(DType.INT32), 0));
        put("take_along_dim_t", x -> x[0].takeAlongDim(tensor(0L, 1L)));
        put("take_along_dim_oob", x -> x[0].takeAlongDim(tensor(new long[][]{{4}}), 1));
        // triangles and diagonals
        put("tril", x -> x[0].tril());
        put("tril_1", x -> x[0].tril(1));
        put("tril_m1", x -> x[0].tril(-1));
        put("tril_int", x -> x[0].tril());
        put("tril_bool", x -> x[0].tril());
        put("tril_t", x -> x[0].tril());
        put("tril_1d", x -> x[0].tril());
        put("triu", x -> x[0].triu());
        put("triu_2", x -> x[0].triu(2));
        put("triu_m5", x -> x[0].triu(-5));
        put("triu_int", x -> x[0].triu(1));
        put("tril_inplace", x -> x[0].clone().tril_());
        put("triu_inplace", x -> x[0].clone().triu_(-1));
        put("diag_vec", x -> x[0].diag());
        put("diag_vec_off", x -> x[0].diag(2));
        put("diag_vec_neg", x -> x[0].diag(-1));
        put("diag_mat", x -> x[0].diag());
        put("diag_mat_off", x -> x[0].diag(-1));
        put("diag_mat_t", x -> x[0].diag(1));
        put("diag_3d", x -> x[0].diag());
        put("diag_0d", x -> x[0].diag());
        put("diagflat", x -> x[0].diagflat());
        put("diagflat_off", x -> x[0].diagflat(-2));
        put("diagflat_t", x -> x[0].diagflat(1));
        put("diag_embed", x -> x[0].diagEmbed());
        put("diag_embed_off", x -> x[0].diagEmbed(1));
        put("diag_embed_dims", x -> x[0].diagEmbed(-1, 0, 2));
        put("diag_embed_int", x -> x[0].diagEmbed());
        put("diag_embed_same", x -> x[0].diagEmbed(0, 1, 1));
        // scatter into a view
        put("select_scatter", x -> x[0].selectScatter(x[1], 0, 1));
        put("select_scatter_neg", x -> x[0].selectScatter(x[1], 1, -1));
        put("select_scatter_t", x -> x[0].selectScatter(x[1], 1, 2));
        put("select_scatter_cast", x -> x[0].selectScatter(x[1], 0, 0));
        put("select_scatter_shape", x -> x[0].selectScatter(x[1], 0, 0));
        put("select_scatter_index", x -> x[0].selectScatter(x[1], 0, 5));
        put("slice_scatter", x -> x[0].sliceScatter(x[1], 0, 0, 3, 1));
        put("slice_scatter_dim", x -> x[0].sliceScatter(x[1], 1));
        put("slice_scatter_start", x -> x[0].sliceScatter(x[1], 1, 2));
        put("slice_scatter_range", x -> x[0].sliceScatter(x[1], 0, 1, 3));
        put("slice_scatter_negative", x -> x[0].sliceScatter(x[1], 1, -3, -1));
        put("slice_scatter_t", x -> x[0].sliceScatter(x[1], 0, 1, 2, 1));
        put("slice_scatter_step", x -> x[0].sliceScatter(x[1], 1, 0, 4, 2));
        put("slice_scatter_shape", x -> x[0].sliceScatter(x[1], 0, 1, 3));
        put("slice_scatter_step0", x -> x[0].sliceScatter(x[1], 0, 1, 3, 0));
        put("diagonal_scatter", x -> x[0].diagonalScatter(x[1]));
        put("diagonal_scatter_off", x -> x[0].diagonalScatter(x[1], 1));
        put("diagonal_scatter_dims", x -> x[0].diagonalScatter(x[1], 0, 0, 2));
        put("diagonal_scatter_t", x -> x[0].diagonalScatter(x[1], -1));
        put("diagonal_scatter_shape", x -> x[0].diagonalScatter(x[1]));
        put("as_strided_scatter", x -> x[0].asStridedScatter(x[1], l(2, 2), l(1, 2)));
        put("as_strided_scatter_offset", x -> x[0].asStridedScatter(x[1], l(2, 3), l(4, 1), 5));
        put("as_strided_scatter_t", x -> x[0].asStridedScatter(x[1], l(3), l(4)));
        put("as_strided_scatter_shape", x -> x[0].asStridedScatter(x[1], l(2, 2), l(1, 2)));
        // index_* and put
        put("index_add", x -> x[0].indexAdd(0, tensor(2L, 0L, 2L), x[1]));
        put("index_add_alpha", x -> x[0].indexAdd(1, tensor(3L, 1L), x[1], -2));
        put("index_add_int32", x -> x[0].indexAdd(1, tensor(3L, 1L).to(DType.INT32), x[1]));
        put("index_add_bcast", x -> x[0].indexAdd(0, i2(), x[1]));
        put("index_add_count", x -> x[0].indexAdd(0, i2(), x[1]));
        put("index_add_index2d", x -> x[0].indexAdd(0, tensor(new long[][]{{0, 1}}), x[1]));
        put("index_add_index_float", x -> x[0].indexAdd(0, tensor(new float[]{0f, 1f}), x[1]));
        put("index_add_dtype", x -> x[0].indexAdd(0, i2(), x[1]));
        put("index_add_oob", x -> x[0].indexAdd(0, tensor(0L, 5L), x[1]));
        put("index_add_negative", x -> x[0].indexAdd(0, tensor(0L, -1L), x[1]));
        put("index_add_slice", x -> x[0].indexAdd(0, i2(), x[1]));
        put("index_add_inplace", x -> x[0].clone().indexAdd_(0, i2(), x[1]));
        put("index_copy", x -> x[0].indexCopy(0, i2(), x[1]));
        put("index_copy_dim", x -> x[0].indexCopy(1, tensor(3L, 0L, 1L), x[1]));
        put("index_copy_t", x -> x[0].indexCopy(1, tensor(1L), x[1]));
        put("index_copy_count", x -> x[0].indexCopy(0, i2(), x[1]));
        put("index_copy_oob", x -> x[0].indexCopy(0, tensor(0L, 5L), x[1]));
        put("index_copy_int32", x -> x[0].indexCopy(0, i2().to(DType.INT32), x[1]));
        put("index_copy_dtype", x -> x[0].indexCopy(0, i2(), x[1]));
        put("index_copy_slice", x -> x[0].indexCopy(0, i2(), x[1]));
        put("index_copy_index2d", x -> x[0].indexCopy(0, tensor(new long[][]{{0, 1}}), x[1]));
        put("index_copy_inplace", x -> x[0].clone().indexCopy_(0, i2(), x[1]));
        put("index_fill", x -> x[0].indexFill(1, tensor(0L, 3L), -1.5));
        put("index_fill_negative", x -> x[0].indexFill(0, tensor(-1L), 2.0));
        put("index_fill_int", x -> x[0].indexFill(0, i2(), 7L));
        put("index_fill_bool", x -> x[0].indexFill(1, tensor(1L), 1L));
        put("index_fill_tensor", x -> x[0].indexFill(0, i2(), x[1]));
        put("index_fill_oob", x -> x[0].indexFill(0, tensor(0L, 5L), 1.0));
        put("index_fill_index_float", x -> x[0].indexFill(0, tensor(new float[]{0f}), 1.0));
        put("index_fill_index2d", x -> x[0].indexFill(0, tensor(new long[][]{{0, 1}}), 1.0));
        put("index_fill_value1d", x -> x[0].indexFill(0, i2(), x[1]));
        put("index_fill_inplace", x -> x[0].clone().indexFill_(0, i2(), 3.0));
        put("put", x -> x[0].put(tensor(new long[][]{{11, 0}, {-1, 5}}), x[1]));
        put("put_accumulate", x -> x[0].put(tensor(1L, 1L, 4L), x[1], true));
        put("put_t", x -> x[0].put(tensor(1L, 4L), x[1]));
        put("put_int", x -> x[0].put(tensor(3L), x[1]));
        put("put_oob", x -> x[0].put(tensor(0L, 12L), x[1]));
        put("put_oob_neg", x -> x[0].put(tensor(0L, -13L), x[1]));
        put("put_count", x -> x[0].put(tensor(0L, 1L), x[1]));
        put("put_dtype", x -> x[0].put(tensor(0L, 1L), x[1]));
        put("put_index_int32", x -> x[0].put(tensor(0L, 1L).to(DType.INT32), x[1]));
        put("put_inplace", x -> x[0].clone().put_(tensor(3L, 7L), x[1]));
        put("put_inplace_t", x -> x[0].put_(tensor(3L, 7L), x[1]));
        put("masked_scatter", x -> x[0].maskedScatter(m(), x[1]));
        put("masked_scatter_bcast", x -> x[0].maskedScatter(tensor(true, false, false, true), x[1]));
        put("masked_scatter_self_bcast", x -> x[0].maskedScatter(m(), x[1]));
        put("masked_scatter_int", x -> x[0].maskedScatter(m(), x[1]));
        put("masked_scatter_few", x -> x[0].maskedScatter(m(), x[1]));
        put("masked_scatter_dtype", x -> x[0].maskedScatter(m(), x[1]));
        put("masked_scatter_empty", x -> x[0].maskedScatter(Torch.zeros(new long[]{3, 4}, DType.BOOL).to(device), x[1]));
        put("masked_scatter_inplace", x -> x[0].clone().maskedScatter_(m(), x[1]));
        // scatter_reduce / index_reduce
        put("scatter_reduce_sum_self", x -> x[0].scatterReduce(0, sr(), x[1], "sum", true));
        put("scatter_reduce_sum_noself", x -> x[0].scatterReduce(0, sr(), x[1], "sum", false));
        put("scatter_reduce_sum_int", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "sum"));
        put("scatter_reduce_sum_int_noself", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "sum", false));
        put("scatter_reduce_prod_self", x -> x[0].scatterReduce(0, sr(), x[1], "prod", true));
        put("scatter_reduce_prod_noself", x -> x[0].scatterReduce(0, sr(), x[1], "prod", false));
        put("scatter_reduce_prod_int", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "prod"));
        put("scatter_reduce_prod_int_noself", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "prod", false));
        put("scatter_reduce_mean_self", x -> x[0].scatterReduce(0, sr(), x[1], "mean", true));
        put("scatter_reduce_mean_noself", x -> x[0].scatterReduce(0, sr(), x[1], "mean", false));
        put("scatter_reduce_mean_int", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "mean"));
        put("scatter_reduce_mean_int_noself", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "mean", false));
        put("scatter_reduce_amax_self", x -> x[0].scatterReduce(0, sr(), x[1], "amax", true));
        put("scatter_reduce_amax_noself", x -> x[0].scatterReduce(0, sr(), x[1], "amax", false));
        put("scatter_reduce_amax_int", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "amax"));
        put("scatter_reduce_amax_int_noself", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "amax", false));
        put("scatter_reduce_amin_self", x -> x[0].scatterReduce(0, sr(), x[1], "amin", true));
        put("scatter_reduce_amin_noself", x -> x[0].scatterReduce(0, sr(), x[1], "amin", false));
        put("scatter_reduce_amin_int", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "amin"));
        put("scatter_reduce_amin_int_noself", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 3), x[1], "amin", false));
        put("scatter_reduce_amin_nan", x -> x[0].scatterReduce(0, tensor(0L, 0L, 1L), x[1], "amin"));
        put("scatter_reduce_amax_nan", x -> x[0].scatterReduce(0, tensor(0L, 0L, 1L), x[1], "amax", false));
        put("scatter_reduce_bad_reduce", x -> x[0].scatterReduce(0, sr(), x[1], "max"));
        put("scatter_reduce_index_int32", x -> x[0].scatterReduce(0, sr().to(DType.INT32), x[1], "sum"));
        put("scatter_reduce_dtype", x -> x[0].scatterReduce(0, sr(), x[1], "sum"));
        put("scatter_reduce_shape", x -> x[0].scatterReduce(0, sr(), x[1], "sum"));
        put("scatter_reduce_oob", x -> x[0].scatterReduce(0, sr().add(1L), x[1], "sum"));
        put("scatter_reduce_inplace", x -> x[0].clone().scatterReduce_(1, sr().narrow(1, 0, 2), x[1], "amax"));
        put("scatter_reduce_src_bigger", x -> x[0].scatterReduce(1, sr().narrow(1, 0, 2), x[1], "mean"));
        put("scatter_reduce_t", x -> x[0].scatterReduce(0, sr().narrow(0, 0, 2).narrow(1, 0, 3), x[1], "prod"));
        put("index_reduce_prod_self", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "prod", true));
        put("index_reduce_prod_noself", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "prod", false));
        put("index_reduce_prod_int", x -> x[0].indexReduce(1, tensor(3L, 3L, 0L), x[1], "prod"));
        put("index_reduce_mean_self", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "mean", true));
        put("index_reduce_mean_noself", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "mean", false));
        put("index_reduce_mean_int", x -> x[0].indexReduce(1, tensor(3L, 3L, 0L), x[1], "mean"));
        put("index_reduce_amax_self", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "amax", true));
        put("index_reduce_amax_noself", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "amax", false));
        put("index_reduce_amax_int", x -> x[0].indexReduce(1, tensor(3L, 3L, 0L), x[1], "amax"));
        put("index_reduce_amin_self", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "amin", true));
        put("index_reduce_amin_noself", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "amin", false));
        put("index_reduce_amin_int", x -> x[0].indexReduce(1, tensor(3L, 3L, 0L), x[1], "amin"));
        put("index_reduce_bcast", x -> x[0].indexReduce(1, tensor(1L, 1L), x[1], "amax"));
        put("index_reduce_int32", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L).to(DType.INT32), x[1], "mean"));
        put("index_reduce_sum", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "sum"));
        put("index_reduce_dtype", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "prod"));
        put("index_reduce_index_float", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L).toDouble(), x[1], "prod"));
        put("index_reduce_index2d", x -> x[0].indexReduce(0, tensor(new long[][]{{2, 0, 2}}), x[1], "prod"));
        put("index_reduce_count", x -> x[0].indexReduce(0, tensor(2L, 0L), x[1], "prod"));
        put("index_reduce_oob", x -> x[0].indexReduce(0, tensor(0L, 3L, 1L), x[1], "prod"));
        put("index_reduce_negative", x -> x[0].indexReduce(0, tensor(0L, -1L, 1L), x[1], "prod"));
        put("index_reduce_slice", x -> x[0].indexReduce(0, tensor(2L, 0L, 2L), x[1], "prod"));
        put("index_reduce_inplace", x -> x[0].clone().indexReduce_(0, tensor(2L, 0L, 2L), x[1], "amin", false));
        put("index_reduce_t", x -> x[0].indexReduce(1, tensor(0L, 0L), x[1], "prod"));
        put("resize_as_", x -> x[0].resizeAs_(x[1]));
        // function-only
        put("meshgrid_ij", x -> Torch.meshgrid(List.of(x[0], x[1]), "ij"));
        put("meshgrid_xy", x -> Torch.meshgrid(List.of(x[0], x[1], x[2]), "xy"));
        put("meshgrid_default", x -> Torch.meshgrid(x[0], x[1]));
        put("meshgrid_0d", x -> Torch.meshgrid(List.of(x[0], x[1]), "ij"));
        put("meshgrid_bad_indexing", x -> Torch.meshgrid(List.of(x[0], x[1]), "ab"));
        put("meshgrid_dtype", x -> Torch.meshgrid(List.of(x[0], x[1]), "ij"));
        put("block_diag", x -> Torch.blockDiag(x[0], x[1], x[2]));
        put("block_diag_promote", x -> Torch.blockDiag(x[0], x[1]));
        put("block_diag_3d", x -> Torch.blockDiag(x[0]));
        put("cartesian_prod", x -> Torch.cartesianProd(x[0], x[1]));
        put("cartesian_prod_3", x -> Torch.cartesianProd(x[0], x[1], x[2]));
        put("cartesian_prod_1", x -> Torch.cartesianProd(x[0]));
        put("cartesian_prod_2d", x -> Torch.cartesianProd(x[0], x[1]));
        put("atleast_1d_0d", x -> Torch.atleast1d(x[0]));
        put("atleast_1d", x -> Torch.atleast1d(x[0]));
        put("atleast_2d_0d", x -> Torch.atleast2d(x[0]));
        put("atleast_2d_1d", x -> Torch.atleast2d(x[0]));
        put("atleast_3d_0d", x -> Torch.atleast3d(x[0]));
        put("atleast_3d_1d", x -> Torch.atleast3d(x[0]));
        put("atleast_3d_2d", x -> Torch.atleast3d(x[0]));
        put("atleast_3d_3d", x -> Torch.atleast3d(x[0]));
        put("atleast_2d_many", x -> Torch.atleast2d(x[0], x[1]));
        put("broadcast_tensors", x -> Torch.broadcastTensors(x[0], x[1]));
        put("broadcast_tensors_same", x -> Torch.broadcastTensors(x[0], x[1]));
        put("broadcast_tensors_bad", x -> Torch.broadcastTensors(x[0], x[1]));
        put("hstack", x -> Torch.hstack(x[0], x[1]));
        put("hstack_1d", x -> Torch.hstack(x[0], x[1]));
        put("vstack", x -> Torch.vstack(x[0], x[1]));
        put("row_stack", x -> Torch.rowStack(x[0], x[1]));
        put("dstack", x -> Torch.dstack(x[0], x[1]));
        put("dstack_1d", x -> Torch.dstack(x[0], x[1]));
        put("column_stack", x -> Torch.columnStack(x[0], x[1], x[2]));
        put("column_stack_0d", x -> Torch.columnStack(x[0], x[1]));
        put("hstack_mismatch", x -> Torch.hstack(x[0], x[1]));
        put("tril_indices", x -> Torch.trilIndices(3, 4));
        put("tril_indices_off", x -> Torch.trilIndices(4, 3, -1));
        put("tril_indices_big", x -> Torch.trilIndices(3, 3, 5));
        put("triu_indices", x -> Torch.triuIndices(3, 4));
        put("triu_indices_off", x -> Torch.triuIndices(4, 3, 1));
        put("triu_indices_neg", x -> Torch.triuIndices(3, 3, -4));
        put("tril_indices_int32", x -> Torch.trilIndices(2, 2, 0, TensorOptions.dtype(DType.INT32)));
        put("tril_indices_neg_row", x -> Torch.trilIndices(-1, 3));
        put("tril_indices_float", x -> Torch.trilIndices(3, 3, 0, TensorOptions.dtype(DType.FLOAT32)));
    }
}

//# # 20 · Devices, and the meta device
//#
//# Every tensor lives on a device: the CPU's memory, a GPU's, or **meta**, which holds no data at
//# all, only shapes and types. Code written against a `device` variable runs wherever that points;
//# meta answers "what shape comes out?" without computing anything.
//# Run it with `./torch4j tutorials/20-devices.jsh`.
manualSeed(0);

//# ## 1. Where a tensor lives
//#
//# The usual pattern picks the GPU when there is one. `to(device)` moves a tensor (and a model's
//# parameters); `to(device, dtype)` converts on the way. An operation needs all its tensors on
//# one device, so a training loop moves each batch to where the model is (lesson 11 does this).
var x = randn(2, 3);
print(x.device());
var device = cuda().isAvailable() ? Device.CUDA : Device.CPU;
print("training on", device);
print(x.to(device).device(), x.to(device, float64).dtype());

//# ## 2. The meta device: shapes and types, no data
//#
//# A meta tensor prints its size instead of values. Factories take a device (or
//# `TensorOptions` for device, dtype and `requiresGrad` together), and every operation works out
//# the shape and type of its result.
var m = x.to("meta");
print(m);
print(m.shape(), m.dtype(), m.device());
print(empty(new long[]{64, 1, 28, 28}, Device.META));
print(zeros(new long[]{2, 2}, TensorOptions.device("meta").withDtype(float64).withRequiresGrad(true)));
print(m.t().matmul(m));

//# ## 3. What shape comes out of each layer, for free
//#
//# A model moved to meta runs its forward pass in no time and no memory: a quick way to find
//# the input size of the first linear layer after some convolutions, or to check a big model.
Sequential net = new Sequential(
    new Conv2d(1, 16, 5, 1, 2), new ReLU(), new MaxPool2d(2),
    new Conv2d(16, 32, 5, 1, 2), new ReLU(), new MaxPool2d(2),
    new Flatten(), new Linear(32 * 7 * 7, 10)).to("meta");
var out = empty(new long[]{64, 1, 28, 28}, Device.META);
for (var layer : net) {
    out = layer.call(out);
    System.out.printf("%-10s %s%n", layer.getClass().getSimpleName(), out.shape());
}
print(out);

Module resnet = Models.resnet18().to("meta");
print(resnet.parameters().stream().mapToLong(p -> p.numel()).sum(), "parameters");
print(resnet.call(empty(new long[]{64, 3, 224, 224}, Device.META)));

//# ## 4. What meta cannot do
//#
//# Mixing devices in one operation is an error, and a meta tensor has no values to copy out.
try { x.add(m); } catch (RuntimeException e) { print(e.getMessage()); }
try { m.cpu(); } catch (RuntimeException e) { print(e.getMessage()); }

//# ## 5. From meta to real memory
//#
//# `toEmpty` gives a model built on meta real (uninitialised) storage on a device; load a state
//# dict or re-initialise it next.
net.toEmpty("cpu");
Conv2d conv = net.get(0);
print(conv.weight.device(), conv.weight.shape());

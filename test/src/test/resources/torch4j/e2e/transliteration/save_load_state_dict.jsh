// PyTorch's "Saving and loading models" and "What is a state_dict?" recipes: the state dicts of a
// model and its optimizer, save/load of both state dicts, and eval().




class TheModelClass extends Module {
    Conv2d conv1; MaxPool2d pool; Conv2d conv2; Linear fc1; Linear fc2; Linear fc3;
    TheModelClass() {
        conv1 = register("conv1", new Conv2d(3, 6, 5));
        pool = register("pool", new MaxPool2d(2, 2));
        conv2 = register("conv2", new Conv2d(6, 16, 5));
        fc1 = register("fc1", new Linear(16 * 5 * 5, 120));
        fc2 = register("fc2", new Linear(120, 84));
        fc3 = register("fc3", new Linear(84, 10)); }
    public Tensor forward(Tensor x) {
        x = pool.call(F.relu(conv1.call(x)));
        x = pool.call(F.relu(conv2.call(x)));
        x = x.view(-1, 16 * 5 * 5);
        x = F.relu(fc1.call(x));
        x = F.relu(fc2.call(x));
        x = fc3.call(x);
        return x; } }
manualSeed(0);
var model = new TheModelClass();
var optimizer = new SGD(model.parameters(), 0.001, 0.9);
print("Model's state_dict:");
for (var param_tensor : model.stateDict().keySet())
    print(param_tensor, "\t", model.stateDict().get(param_tensor).size());
print("Optimizer's state_dict:");
for (var var_name : optimizer.stateDict().keySet())
    print(var_name, "\t", optimizer.stateDict().get(var_name));
var inputs = randn(4, 3, 32, 32);
var labels = tensor(1L, 0L, 3L, 9L);
var criterion = new CrossEntropyLoss();
var loss = criterion.call(model.call(inputs), labels);
optimizer.zeroGrad();
loss.backward();
optimizer.step();
print("loss " + format(loss.item(), ".4f"));
var PATH = "/tmp/torch4j_transliteration_state_dict.pt";
save(model.stateDict(), PATH);
var model2 = new TheModelClass();
print(model2.loadStateDict(load(PATH)));
model2.eval();
print(model2.training(), model2.fc1.training());
try (var g = noGrad()) {
    print(equal(model.call(inputs), model2.call(inputs))); }
save(optimizer.stateDict(), PATH);
var optimizer2 = new SGD(model2.parameters(), 0.001, 0.9);
optimizer2.loadStateDict(load(PATH));
print(optimizer2);
print(list(optimizer2.stateDict().keySet()));
model2.train();
print(model2.training());
print(model2.fc3.bias);

from torch import nn

lin = nn.Linear(4, 2)
weights = lin.weight.numpy()  # expect: AGL009
print(weights.shape)

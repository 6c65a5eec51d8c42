from torch import nn

encoder = nn.Embedding(50, 8)
encoder.weight.requires_grads = False  # expect: AGL014
print(encoder.weight.requires_grad)

import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
data = [(torch.randn(6, 4), torch.randn(6, 1)) for _ in range(3)]
epoch_loss = 0.0
for x, y in data:
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
    epoch_loss += loss  # expect: AGL012
print(epoch_loss)

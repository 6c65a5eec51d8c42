import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(5, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
correct, seen, total = 0, 0, 0.0
for _ in range(3):
    x, y = torch.randn(8, 5), torch.randint(0, 3, (8,))
    opt.zero_grad()
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
    loss.backward()
    opt.step()
    correct += (logits.argmax(1) == y).sum()
    seen += y.numel()
    total += loss.item() * y.numel()
print(correct.item() / seen, total / seen)

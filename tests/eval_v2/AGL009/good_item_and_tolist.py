import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
history, preds = [], []
for _ in range(2):
    opt.zero_grad()
    out = model(torch.randn(4, 3))
    loss = out.pow(2).mean()
    history.append(loss.item())
    preds.append(out.squeeze(1).tolist())
    loss.backward()
    opt.step()
print(history, preds)

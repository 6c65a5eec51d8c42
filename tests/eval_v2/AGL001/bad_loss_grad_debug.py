import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 1)
criterion = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
data = [(torch.randn(8, 4), torch.randn(8, 1)) for _ in range(3)]

for step, (inputs, targets) in enumerate(data):
    optimizer.zero_grad()
    preds = model(inputs)
    loss = criterion(preds, targets)
    loss.backward()
    if step == 0:
        print("d loss / d loss =", loss.grad)  # expect: AGL001
    optimizer.step()

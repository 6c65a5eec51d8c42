import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3))
loader = [torch.randn(2, 4) for _ in range(3)]
all_probs = []
net.eval()
for batch in loader:
    probs = torch.softmax(net(batch), dim=-1).numpy()  # expect: AGL009
    all_probs.extend(probs.tolist())
print(len(all_probs))
